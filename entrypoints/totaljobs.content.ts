import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { totaljobs } from '../utils/sites/totaljobs';

export default defineContentScript({
  ...jobsScriptOptions([totaljobs]),
  main: (ctx) => runJobsScript(ctx, [totaljobs]),
});
