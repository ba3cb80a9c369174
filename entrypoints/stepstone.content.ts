import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { stepstone } from '../utils/sites/stepstone';

export default defineContentScript({
  ...jobsScriptOptions([stepstone]),
  main: (ctx) => runJobsScript(ctx, [stepstone]),
});
