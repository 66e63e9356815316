import { runService } from '@voicegraph/platform';
import { consultationsService } from './service';

runService(consultationsService);
