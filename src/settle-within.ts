// Waiting for something with a deadline, as every stop() does: the promise may reject or never settle.

/** Resolves true once `promise` settles (fulfilled or rejected), or false after `timeoutMs`, whichever is first. */
export async function settleWithin(promise: Promise<unknown>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    return await Promise.race([promise.then(() => true, () => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
