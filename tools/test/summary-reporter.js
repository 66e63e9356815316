/**
 * Prints the plain closing line CI reads ("N passed, N failed[, N skipped]"), after jest's own
 * summary, so a run is judged by what it counted and not only by its exit code.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
    // At exit, so it comes after jest's own summary (printed by a reporter that runs after this one).
    process.once('exit', () => process.stdout.write(`\n${line}\n`));
  }
}
module.exports = SummaryReporter;
