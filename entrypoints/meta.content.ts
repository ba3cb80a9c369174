import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { meta } from '../utils/sites/meta';

export default defineContentScript({
  ...jobsScriptOptions([meta]),
  main: (ctx) => runJobsScript(ctx, [meta]),
});
