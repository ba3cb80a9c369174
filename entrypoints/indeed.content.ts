import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { indeed } from '../utils/sites/indeed';

export default defineContentScript({
  ...jobsScriptOptions([indeed]),
  main: (ctx) => runJobsScript(ctx, [indeed]),
});
