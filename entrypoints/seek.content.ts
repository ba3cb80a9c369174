import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { seek } from '../utils/sites/seek';

export default defineContentScript({
  ...jobsScriptOptions([seek]),
  main: (ctx) => runJobsScript(ctx, [seek]),
});
