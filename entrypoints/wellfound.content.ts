import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { wellfound } from '../utils/sites/wellfound';

export default defineContentScript({
  ...jobsScriptOptions([wellfound]),
  main: (ctx) => runJobsScript(ctx, [wellfound]),
});
