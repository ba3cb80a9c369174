import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { oracle } from '../utils/sites/oracle';

export default defineContentScript({
  ...jobsScriptOptions([oracle]),
  main: (ctx) => runJobsScript(ctx, [oracle]),
});
