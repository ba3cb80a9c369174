import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { microsoft } from '../utils/sites/microsoft';

export default defineContentScript({
  ...jobsScriptOptions([microsoft]),
  main: (ctx) => runJobsScript(ctx, [microsoft]),
});
