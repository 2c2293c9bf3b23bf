import {CartForm, type CartActionInput} from '@shopify/hydrogen';

/**
 * Forms are public endpoints: a post whose body is not a form (JSON, garbage, a wrong content type)
 * reads as an empty form, so the caller's validation answers with a 400 and a message, never a 500.
 */
export async function readFormData(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    return new FormData();
  }
}

/** A cart form's input; a missing or unparsable `cartFormInput` reads as an unsupported action. */
export async function readCartFormInput(request: Request): Promise<CartActionInput | {action: string; inputs: unknown}> {
  const form = await readFormData(request);
  try {
    const input: unknown = CartForm.getFormInput(form);
    if (input && typeof input === 'object' && 'action' in input) return input as CartActionInput;
  } catch {
    // Hydrogen JSON-parses the field without a guard; fall through to "not supported".
  }
  return {action: 'unsupported', inputs: {}};
}
