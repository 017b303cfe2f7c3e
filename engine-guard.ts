/**
 * Imported first by the package's main export: on an unsupported Node.js, importing sandproof throws
 * this one error before isolated-vm is loaded (ES modules evaluate their imports in order, and this
 * module imports only `contract/`, which loads nothing heavy).
 */
import { unsupportedNodeMessage } from './contract/index.js';

const message = unsupportedNodeMessage();
if (message !== null) {
  const error = new Error(message);
  // A stack through this file tells the user nothing the message does not.
  error.stack = `Error: ${message}`;
  throw error;
}
