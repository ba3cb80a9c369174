import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { icims } from '../utils/sites/icims';

export default defineContentScript({
  ...jobsScriptOptions([icims]),
  main: (ctx) => runJobsScript(ctx, [icims]),
});
