import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { recruitee } from '../utils/sites/recruitee';

export default defineContentScript({
  ...jobsScriptOptions([recruitee]),
  main: (ctx) => runJobsScript(ctx, [recruitee]),
});
