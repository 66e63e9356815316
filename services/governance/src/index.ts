import { runService } from '@voicegraph/platform';
import { governanceService } from './service';

runService(governanceService);
