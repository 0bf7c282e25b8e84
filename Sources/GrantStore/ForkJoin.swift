import Dispatch

/// Runs `first` on this thread and `second` on another at the same time, and returns both
/// results once both are done: for the two halves of a large file, on machines with two cores or
/// more (a single core just takes turns). Neither may touch what the other changes.
func forkJoin<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
    withoutActuallyEscaping(second) { second in
        let job = Job(second)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { job.run() }
        let firstResult = first()
        group.wait()
        return (firstResult, job.result!)
    }
}

/// The other thread's work and its result. Unchecked: `forkJoin` reads the result only after the
/// group says the work is done, and the work is let go before that, so it does not outlive the
/// call that lent it.
private final class Job<Result>: @unchecked Sendable {
    private var work: (() -> Result)?
    var result: Result?

    init(_ work: @escaping () -> Result) { self.work = work }

    func run() {
        result = work?()
        work = nil
    }
}
