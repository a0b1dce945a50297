/** The Gcore emulator's error answers, shaped like Gcore's. */
import type { EmulatorResponse } from '../server.js';

export function notFound(): EmulatorResponse {
  return { status: 404, body: { message: 'Not found.' } };
}

export function fieldError(field: string, message: string): EmulatorResponse {
  return { status: 400, body: { errors: { [field]: [message] } } };
}

export function failure(status: number, message: string): EmulatorResponse {
  return { status, body: { message } };
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
