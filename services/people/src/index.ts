import { runService } from '@voicegraph/platform';
import { peopleService } from './service';

runService(peopleService);
