import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { welcometothejungle } from '../utils/sites/welcometothejungle';

export default defineContentScript({
  ...jobsScriptOptions([welcometothejungle]),
  main: (ctx) => runJobsScript(ctx, [welcometothejungle]),
});
