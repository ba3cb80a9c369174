import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { lever } from '../utils/sites/lever';

export default defineContentScript({
  ...jobsScriptOptions([lever]),
  main: (ctx) => runJobsScript(ctx, [lever]),
});
