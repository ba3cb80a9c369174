import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { darwinbox } from '../utils/sites/darwinbox';

export default defineContentScript({
  ...jobsScriptOptions([darwinbox]),
  main: (ctx) => runJobsScript(ctx, [darwinbox]),
});
