import { runService } from '@voicegraph/platform';
import { feedbackService } from './service';

runService(feedbackService);
