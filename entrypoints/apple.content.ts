import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { apple } from '../utils/sites/apple';

export default defineContentScript({
  ...jobsScriptOptions([apple]),
  main: (ctx) => runJobsScript(ctx, [apple]),
});
