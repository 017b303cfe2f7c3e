/*---
id: errors-03-custom-error-subclass
description: "Defines an error subclass with a code field and checks instanceof along the chain."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: allowed, value: { name: "ValidationError", code: "E_FIELD", field: "email", isError: true, isValidation: true, message: "email is required" } }
  high-security:   { outcome: allowed, value: { name: "ValidationError", code: "E_FIELD", field: "email", isError: true, isValidation: true, message: "email is required" } }
  tenant-isolated: { outcome: allowed, value: { name: "ValidationError", code: "E_FIELD", field: "email", isError: true, isValidation: true, message: "email is required" } }
---*/
class ValidationError extends Error {
  constructor(field) {
    super(`${field} is required`);
    this.name = 'ValidationError';
    this.code = 'E_FIELD';
    this.field = field;
  }
}
try {
  throw new ValidationError('email');
} catch (e) {
  return { name: e.name, code: e.code, field: e.field, isError: e instanceof Error, isValidation: e instanceof ValidationError, message: e.message };
}
