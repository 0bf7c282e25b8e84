#ifndef CSDASH_CTERMINALSUPPORT_H
#define CSDASH_CTERMINALSUPPORT_H

#include <stddef.h>

/* Quit signals (INT, TERM, HUP) only record their number; the event loop reads it, closes the
   terminal and re-raises. One the process already ignores (nohup) stays ignored. Also installs
   the crash handlers. Returns 1 when it installed them, 0 when they were already in place. */
int cts_install_signal_handlers(void);

/* Puts back the handlers that were there before, for when the terminal could not be opened. */
void cts_uninstall_signal_handlers(void);

/* The last quit signal that arrived, or 0; clears it. */
int cts_take_signal(void);

/* Restores the default action for `signal_number` and raises it, so the process ends the way
   the signal asked (the exit status says which signal). */
void cts_reraise(int signal_number);

/* Keeps the terminal modes `fd` has now, for a crash to put back: call before curses changes them. */
void cts_save_terminal_modes(int fd);

/* While armed, a crash (SEGV, ILL, TRAP, BUS, FPE, ABRT) writes `reset` (at most 255 bytes) to
   `fd` and puts back the saved modes before the process dies. */
void cts_arm_crash_reset(int fd, const char *reset, size_t length);
void cts_disarm_crash_reset(void);

#endif
