// The checklist from templates/checklist.json, embedded at build time (no file lookup at start-up).
import type { Checklist } from './domain/checklist.ts';
import data from '../templates/checklist.json' with { type: 'json' };

export const checklist = data as unknown as Checklist;
