import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { ImportWorkers } from '../../../engine/import/import-workers';

/** A stand-in worker that answers each job with its thread id and then says it is idle, as the import workers do. */
const code = `
import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', (job) => {
  parentPort.postMessage({ type: 'answer', threadId, job: job.n });
  parentPort.postMessage({ type: 'idle' });
});`;
const url = new URL(`data:text/javascript,${encodeURIComponent(code)}`);
const locations = { parse: url, insert: url };

type Answer = { type: 'answer'; threadId: number; job: number } | { type: 'idle' };

/** The thread that answered the worker's job, once it has said it is idle. */
function answers(worker: ReturnType<ImportWorkers['run']>): Promise<{ threadId: number }> {
  return new Promise((resolve, reject) => {
    let answered = 0;
    const onMessage = (message: Answer) => {
      if (message.type === 'answer') answered = message.threadId;
      else {
        worker.off('message', onMessage);
        resolve({ threadId: answered });
      }
    };
    worker.on('message', onMessage);
    worker.once('exit', (code) => reject(new Error(`exit ${code}`)));
  });
}

describe('import workers kept for the next import', () => {
  it('hands a worker that said it is idle to the next import, and starts one for an import beside it', async () => {
    const workers = new ImportWorkers();
    const first = workers.run('parse', locations, { n: 1 }, []);
    const { threadId: firstThread } = await answers(first);
    expect(firstThread).not.toBe(threadId);
    workers.keep(first);

    const again = workers.run('parse', locations, { n: 2 }, []);
    expect(again).toBe(first);
    const beside = workers.run('parse', locations, { n: 3 }, []);
    expect(beside).not.toBe(first);
    const [a, b] = await Promise.all([answers(again), answers(beside)]);
    expect(a.threadId).toBe(firstThread);
    expect(b.threadId).not.toBe(firstThread);
    await Promise.all([again.terminate(), beside.terminate()]);
  });

  it('keeps workers apart by kind and by their memory limits', async () => {
    const workers = new ImportWorkers();
    const parse = workers.run('parse', locations, { n: 1 }, []);
    await answers(parse);
    workers.keep(parse);
    const insert = workers.run('insert', locations, { n: 2 }, []);
    const large = workers.run('parse', locations, { n: 3 }, [], { maxOldGenerationSizeMb: 256 });
    expect(insert).not.toBe(parse);
    expect(large).not.toBe(parse);
    await Promise.all([answers(insert), answers(large)]);
    await Promise.all([parse.terminate(), insert.terminate(), large.terminate()]);
  });

  it('keeps two idle workers of a kind and ends any more', async () => {
    const workers = new ImportWorkers();
    const three = [1, 2, 3].map((n) => workers.run('insert', locations, { n }, []));
    await Promise.all(three.map((worker) => answers(worker)));
    const ended = new Promise<number>((resolve) => three[2]!.once('exit', resolve));
    for (const worker of three) workers.keep(worker);
    await ended;
    const next = [workers.run('insert', locations, { n: 4 }, []), workers.run('insert', locations, { n: 5 }, [])];
    expect(new Set(next)).toEqual(new Set(three.slice(0, 2)));
    await Promise.all(next.map((worker) => answers(worker)));
    await Promise.all(next.map((worker) => worker.terminate()));
  });

  it('never hands out a worker that has ended', async () => {
    const workers = new ImportWorkers();
    const worker = workers.run('insert', locations, { n: 1 }, []);
    await answers(worker);
    workers.keep(worker);
    await worker.terminate();
    const next = workers.run('insert', locations, { n: 2 }, []);
    expect(next).not.toBe(worker);
    await answers(next);
    await next.terminate();
  });
});
