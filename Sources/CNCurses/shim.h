#ifndef CSDASH_CNCURSES_SHIM_H
#define CSDASH_CNCURSES_SHIM_H

/* SwiftPM drops pkg-config's -D flags, so the wide API (cchar_t, setcchar, wget_wch) must be
   switched on here, before ncurses.h is read. */
#define NCURSES_WIDECHAR 1

#include <stdio.h>
#include <wchar.h>
#include <ncurses.h>

/* glibc declares wcwidth only under _XOPEN_SOURCE, another of the dropped -D flags. The Terminal
   target needs it to keep every cell one column wide, as ncursesw itself measures them. */
extern int wcwidth(wchar_t c);

/* Globals that Swift 6 rejects as "not concurrency-safe" are read through functions instead. */
static inline WINDOW *nc_stdscr(void) { return stdscr; }
static inline int nc_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *nc_stdin(void) { return stdin; }
static inline FILE *nc_stdout(void) { return stdout; }

/* Macros the importer cannot see. */
static inline attr_t nc_a_bold(void) { return A_BOLD; }
static inline attr_t nc_a_reverse(void) { return A_REVERSE; }
static inline attr_t nc_a_dim(void) { return A_DIM; }
static inline attr_t nc_a_underline(void) { return A_UNDERLINE; }

static inline mmask_t nc_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t nc_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t nc_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t nc_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t nc_button5_pressed(void) { return BUTTON5_PRESSED; }

static inline int nc_key_f(int n) { return KEY_F(n); }

/* tiparm is variadic; the crash handler's reset bytes need the mouse capability with one argument. */
static inline char *nc_tiparm1(const char *capability, int argument) { return tiparm(capability, argument); }

#endif
