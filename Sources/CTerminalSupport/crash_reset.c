#include "CTerminalSupport.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "crash_handlers.h"

/* Everything the handler needs is prepared here in advance, because after a crash only
   async-signal-safe calls are allowed: write(2) and tcsetattr(3) are, endwin() is not (it
   flushes ncurses' own buffers, which the crash may have left half written or locked). */
static char reset_bytes[256];
static volatile size_t reset_length = 0;
static volatile int reset_fd = -1;
static struct termios saved_modes;
static volatile sig_atomic_t modes_saved = 0;

/* A stack of its own, so a stack overflow can still reset the terminal. */
static char alternate_stack[64 * 1024];

static const int crash_signals[] = { SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGABRT };
static struct sigaction previous_actions[sizeof crash_signals / sizeof crash_signals[0]];

static void reset_terminal_and_die(int signal_number) {
    int fd = reset_fd;
    if (fd >= 0) {
        size_t written = 0;
        while (written < reset_length) {
            ssize_t result = write(fd, reset_bytes + written, reset_length - written);
            if (result <= 0) break;
            written += (size_t)result;
        }
        if (modes_saved) tcsetattr(fd, TCSANOW, &saved_modes);
    }
    cts_reraise(signal_number);
}

void cts_install_crash_handlers(void) {
    stack_t stack;
    memset(&stack, 0, sizeof stack);
    stack.ss_sp = alternate_stack;
    stack.ss_size = sizeof alternate_stack;
    sigaltstack(&stack, NULL);

    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = reset_terminal_and_die;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_ONSTACK | SA_RESETHAND;
    for (size_t i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
        sigaction(crash_signals[i], &action, &previous_actions[i]);
    }
}

void cts_uninstall_crash_handlers(void) {
    for (size_t i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
        sigaction(crash_signals[i], &previous_actions[i], NULL);
    }
}

void cts_save_terminal_modes(int fd) {
    modes_saved = 0;
    modes_saved = tcgetattr(fd, &saved_modes) == 0;
}

void cts_arm_crash_reset(int fd, const char *reset, size_t length) {
    reset_fd = -1;
    if (length >= sizeof reset_bytes) length = sizeof reset_bytes - 1;
    memcpy(reset_bytes, reset, length);
    reset_length = length;
    reset_fd = fd;
}

void cts_disarm_crash_reset(void) {
    reset_fd = -1;
}
