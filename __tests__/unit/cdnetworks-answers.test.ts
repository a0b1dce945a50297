import { describe, expect, it } from 'vitest';
import { readShape } from '../../src/http/shape.js';
import {
  cdnetworksErrorMessage,
  cdnetworksFailureIn,
  isSuccessCode,
} from '../../src/providers/cdnetworks/protocol.js';
import { QUOTA } from '../../src/providers/cdnetworks/quota.js';
import { taskStatusOf } from '../../src/providers/cdnetworks/tasks.js';

describe('CDNetworks answers', () => {
  it('reads {code, message} errors and 200 answers with Code 0', () => {
    expect(cdnetworksErrorMessage({ code: 'NoSuchDomain', message: 'domain not found' })).toEqual({
      message: 'domain not found (NoSuchDomain)',
      code: 'NoSuchDomain',
    });
    expect(cdnetworksErrorMessage({ code: 'WPLUS_AccountApiTooFrequence' })).toEqual({
      message: 'WPLUS_AccountApiTooFrequence',
      code: 'WPLUS_AccountApiTooFrequence',
    });
    expect(cdnetworksErrorMessage({ Code: 0, Message: 'url quota exceeded' })).toEqual({
      message: 'url quota exceeded',
    });
    expect(cdnetworksErrorMessage('<html>')).toEqual({});
    expect([0, '0', 1, '1', undefined].map((Code) => cdnetworksFailureIn({ Code }))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect([1, '1', 0, 2].map(isSuccessCode)).toEqual([true, true, false, false]);
  });

  it('maps task entries: done when all succeeded, failed when any failed', () => {
    const entry = (status: string, url = 'https://cdn.example.com/a') => ({ url, status });
    expect(taskStatusOf('t1', [entry('success'), entry('success')])).toEqual({
      id: 't1',
      state: 'done',
      detail: '2 of 2 finished',
    });
    expect(taskStatusOf('t2', [entry('success'), entry('run'), entry('wait')])).toEqual({
      id: 't2',
      state: 'pending',
      detail: '1 of 3 finished',
    });
    expect(
      taskStatusOf('t3', [entry('run'), entry('failure', 'https://cdn.example.com/bad')]),
    ).toEqual({
      id: 't3',
      state: 'failed',
      detail: '1 of 2 failed, e.g. https://cdn.example.com/bad',
    });
    expect(taskStatusOf('t4', []).state).toBe('pending');
    expect(taskStatusOf('t5', [entry('queued?')]).state).toBe('pending');
  });

  it('reads the quota, numbers given as strings included', () => {
    const quota = readShape(QUOTA, {
      urlQuota: 5000,
      remainingUrlQuota: '1000',
      dirQuota: 500,
      remainingDirQuota: 2,
    });
    expect(quota).toEqual({
      urlQuota: 5000,
      remainingUrlQuota: 1000,
      dirQuota: 500,
      remainingDirQuota: 2,
    });
    expect(() => readShape(QUOTA, { urlQuota: 5000 })).toThrow(
      "the answer's field 'remainingUrlQuota' is missing; expected a number",
    );
    expect(() => readShape(QUOTA, null)).toThrow('the answer is null; expected an object');
  });
});
