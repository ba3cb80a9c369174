import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { ycombinator } from '../utils/sites/ycombinator';

export default defineContentScript({
  ...jobsScriptOptions([ycombinator]),
  main: (ctx) => runJobsScript(ctx, [ycombinator]),
});
