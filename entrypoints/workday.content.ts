import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { workday } from '../utils/sites/workday';

export default defineContentScript({
  ...jobsScriptOptions([workday]),
  main: (ctx) => runJobsScript(ctx, [workday]),
});
