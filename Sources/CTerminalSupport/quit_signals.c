#include "CTerminalSupport.h"

#include <signal.h>
#include <string.h>

#include "crash_handlers.h"

static volatile sig_atomic_t pending_signal = 0;
static volatile sig_atomic_t installed = 0;

static const int quit_signals[] = { SIGINT, SIGTERM, SIGHUP };
static struct sigaction previous_actions[sizeof quit_signals / sizeof quit_signals[0]];

/* Only async-signal-safe work here: the loop polls the number and does the rest. */
static void record_signal(int signal_number) {
    pending_signal = signal_number;
}

int cts_install_signal_handlers(void) {
    if (installed) return 0;
    installed = 1;

    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = record_signal;
    sigemptyset(&action.sa_mask);
    /* No SA_RESTART: a blocking read of the keyboard returns at once, so the loop sees the signal. */
    action.sa_flags = 0;
    for (size_t i = 0; i < sizeof quit_signals / sizeof quit_signals[0]; i++) {
        sigaction(quit_signals[i], NULL, &previous_actions[i]);
        /* A signal the parent chose to ignore stays ignored: under nohup, a hangup must not end us. */
        if (previous_actions[i].sa_handler != SIG_IGN) sigaction(quit_signals[i], &action, NULL);
    }
    cts_install_crash_handlers();
    return 1;
}

void cts_uninstall_signal_handlers(void) {
    if (!installed) return;
    for (size_t i = 0; i < sizeof quit_signals / sizeof quit_signals[0]; i++) {
        sigaction(quit_signals[i], &previous_actions[i], NULL);
    }
    cts_uninstall_crash_handlers();
    pending_signal = 0;
    installed = 0;
}

int cts_take_signal(void) {
    /* An exchange, so a signal arriving between the read and the clear is not lost. */
    return __atomic_exchange_n(&pending_signal, 0, __ATOMIC_SEQ_CST);
}

void cts_reraise(int signal_number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(signal_number, &action, NULL);

    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, signal_number);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
    raise(signal_number);
}
