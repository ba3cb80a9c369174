import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { workable } from '../utils/sites/workable';

export default defineContentScript({
  ...jobsScriptOptions([workable]),
  main: (ctx) => runJobsScript(ctx, [workable]),
});
