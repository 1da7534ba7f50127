#ifndef ECOGRAPH_PROCESS_CONTROL_H
#define ECOGRAPH_PROCESS_CONTROL_H

/// Makes the calling process the reaper of its orphaned descendants (Linux
/// PR_SET_CHILD_SUBREAPER), so that a helper a child started and left behind becomes our child
/// rather than init's. Returns 0 on success, -1 where not supported.
int ecograph_become_child_subreaper(void);

/// Asks the kernel to send `signal` to the calling process when the thread that started it
/// ends (Linux PR_SET_PDEATHSIG). Returns 0 on success, -1 where not supported.
int ecograph_set_parent_death_signal(int signal);

#endif
