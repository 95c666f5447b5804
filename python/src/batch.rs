//! Cleaning a list of documents on several threads, results in input order.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

/// `clean_one(i)` for every `i` in `0..count`, in order, on up to `threads` threads.
///
/// Threads take the next document as they become free, so one long page does not hold up a
/// thread's share of short ones. The calling thread is one of the workers: if the system
/// refuses to start another thread, the work is done on fewer, never lost. A worker's panic
/// (the crate's cleaning never panics) is resumed here, where pyo3 turns it into a Python
/// exception.
pub fn map_ordered<T, F>(count: usize, threads: usize, clean_one: F) -> Vec<T>
where
    T: Default + Clone + Send,
    F: Fn(usize) -> T + Sync,
{
    let threads = threads.clamp(1, count.max(1));
    if threads == 1 {
        return (0..count).map(clean_one).collect();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            if i >= count {
                return done;
            }
            done.push((i, clean_one(i)));
        }
    };
    let mut results = vec![T::default(); count];
    thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads)
            .filter_map(|_| {
                thread::Builder::new()
                    .name("textsieve-batch".to_owned())
                    .spawn_scoped(scope, work)
                    .ok()
            })
            .collect();
        let mut finished = vec![work()];
        for helper in helpers {
            match helper.join() {
                Ok(done) => finished.push(done),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        for (i, output) in finished.into_iter().flatten() {
            results[i] = output;
        }
    });
    results
}
