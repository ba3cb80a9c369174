import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { openai } from '../utils/sites/openai';

export default defineContentScript({
  ...jobsScriptOptions([openai]),
  main: (ctx) => runJobsScript(ctx, [openai]),
});
