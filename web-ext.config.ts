import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode must not try to open a browser on machines without one (CI, containers).
export default defineWebExtConfig({ disabled: true });
