import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { ashby } from '../utils/sites/ashby';

export default defineContentScript({
  ...jobsScriptOptions([ashby]),
  main: (ctx) => runJobsScript(ctx, [ashby]),
});
