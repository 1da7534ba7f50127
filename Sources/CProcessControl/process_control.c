#include "process_control.h"

#if defined(__linux__)
#include <sys/prctl.h>

int ecograph_become_child_subreaper(void) {
    return prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0 ? 0 : -1;
}

int ecograph_set_parent_death_signal(int signal) {
    return prctl(PR_SET_PDEATHSIG, signal, 0, 0, 0) == 0 ? 0 : -1;
}
#else
int ecograph_become_child_subreaper(void) { return -1; }
int ecograph_set_parent_death_signal(int signal) { (void)signal; return -1; }
#endif
