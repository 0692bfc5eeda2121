# CPU time of a command and of every process it starts, orphans included:
#   python3 cpu-time.py <file> <command> [args…]
# writes "<user seconds> <system seconds>" to <file> and exits as the command did.
# /usr/bin/time counts only the children a process waits for; a build's helper
# processes (esbuild's service, Pagefind) may outlive it unwaited, and their
# CPU time would be lost. As a child subreaper (Linux), this process inherits
# every orphaned descendant, waits for all of them, and then reads the CPU time
# of the whole tree.
import ctypes
import os
import resource
import sys

PR_SET_CHILD_SUBREAPER = 36
if ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
    sys.exit(125)
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
_, status = os.waitpid(pid, 0)
while True:
    try:
        os.wait()
    except ChildProcessError:
        break
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as out:
    out.write(f"{usage.ru_utime} {usage.ru_stime}\n")
sys.exit(os.waitstatus_to_exitcode(status))
