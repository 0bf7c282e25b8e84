#ifndef CSDASH_CRASH_HANDLERS_H
#define CSDASH_CRASH_HANDLERS_H

/* Installed and removed together with the quit-signal handlers; private to this target. */
void cts_install_crash_handlers(void);
void cts_uninstall_crash_handlers(void);

#endif
