"""Start, restart and shutdown, and what the kernel listens on."""

import os
import subprocess
import time

from jupyter_client.connect import write_connection_file

from kernel_harness import kernel_java


def test_restart_gives_a_fresh_working_kernel(new_kernel):
    kernel = new_kernel()
    kernel.ok("int survivor = 1;")
    old_pid = kernel.manager.provisioner.process.pid
    kernel.manager.restart_kernel(now=False)
    kernel.client.wait_for_ready(timeout=120)
    assert kernel.manager.provisioner.process.pid != old_pid
    ename, _, traceback = kernel.execute("survivor").error
    assert ename == "CompilationException" and "cannot find symbol" in traceback
    assert kernel.value("1 + 1") == "2"


def test_shutdown_request_ends_the_process_by_itself(new_kernel):
    kernel = new_kernel()
    kernel.ok("int x = 1;")
    process = kernel.manager.provisioner.process
    reply = kernel.request(lambda c: c.shutdown(), channel="control")
    assert reply["status"] == "ok" and reply["restart"] is False
    process.wait(timeout=10)
    assert process.returncode == 0


def test_shutdown_while_a_cell_loops_still_ends_the_process(new_kernel):
    kernel = new_kernel()
    kernel.send("while (true) {}")
    time.sleep(1.0)
    process = kernel.manager.provisioner.process
    kernel.client.shutdown()
    process.wait(timeout=10)
    assert process.returncode == 0


def listening(ports):
    """{port: [local addresses]} of the TCP sockets listening on `ports`, IPv4 and IPv6."""
    found = {}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        with open(table) as f:
            for row in f.readlines()[1:]:
                local, state = row.split()[1], row.split()[3]
                address, port = local.split(":")
                if state == "0A" and int(port, 16) in ports:
                    found.setdefault(int(port, 16), []).append(address)
    return found


def test_the_kernel_binds_only_to_the_connection_files_ip(new_kernel):
    kernel = new_kernel()
    info = kernel.manager.get_connection_info()
    assert info["ip"] == "127.0.0.1"
    ports = {info[k] for k in ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port")}
    sockets = listening(ports)
    assert set(sockets) == ports, f"not all channels listen: {sockets}"
    # 127.0.0.1 as /proc/net/tcp writes it, or as tcp6 writes the IPv4-mapped ::ffff:127.0.0.1
    # that Java's dual-stack sockets use.
    loopback = {"0100007F", "0000000000000000FFFF00000100007F"}
    assert all(len(addresses) == 1 and addresses[0] in loopback for addresses in sockets.values()), sockets


def test_the_kernel_exits_when_the_process_that_started_it_dies(kernel_jar, kernels_dir, tmp_path):
    connection_file = tmp_path / "connection.json"
    write_connection_file(str(connection_file), ip="127.0.0.1", key=b"secret")
    parent = subprocess.Popen(["sleep", "3"])
    env = dict(os.environ, JPY_PARENT_PID=str(parent.pid))
    kernel = subprocess.Popen([kernel_java(kernels_dir), "-jar", str(kernel_jar), str(connection_file)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        parent.wait(timeout=10)
        kernel.wait(timeout=15)
    finally:
        if kernel.poll() is None:
            kernel.kill()
    assert kernel.returncode == 0


EXIT_REFUSED = "was not run: it would end the kernel"


def test_exits_from_notebook_code_on_any_thread_are_refused_and_the_kernel_still_shuts_down(new_kernel):
    kernel = new_kernel()
    kernel.ok("int kept = 41;")
    process = kernel.manager.provisioner.process
    # On the cell's thread, through reflection, and on the common pool's threads.
    for code in ["Runtime.getRuntime().halt(1);", "Runtime.getRuntime().exit(2);",
                 'System.class.getMethod("exit", int.class).invoke(null, 3);',
                 "java.util.List.of(1, 2, 3).parallelStream().forEach(i -> System.exit(i));"]:
        result = kernel.execute(code)
        assert result.status == "error" and EXIT_REFUSED in result.error[2], (code, result.messages)
    # On a thread the cell started, and on one still running after its cell ended (its
    # uncaught exception goes to the kernel's stderr, the Jupyter server's console).
    result = kernel.execute("var refused = new java.util.concurrent.atomic.AtomicReference<Throwable>();\n"
                            "Thread t = new Thread(() -> { try { System.exit(4); } catch (SecurityException e) "
                            "{ refused.set(e); } });\nt.start(); t.join();\nrefused.get().getMessage()")
    assert EXIT_REFUSED in result.result["text/plain"]
    kernel.ok("new Thread(() -> { try { Thread.sleep(300); } catch (InterruptedException e) { } System.exit(5); }).start();")
    deadline = time.monotonic() + 30
    while "System.exit(5) was not run" not in kernel.kernel_log():
        assert time.monotonic() < deadline, kernel.kernel_log()
        time.sleep(0.2)
    assert kernel.value("kept + 1") == "42"
    assert process.poll() is None and kernel.manager.provisioner.process is process
    # The kernel's own exit is not refused.
    reply = kernel.request(lambda c: c.shutdown(), channel="control")
    assert reply["status"] == "ok"
    process.wait(timeout=10)
    assert process.returncode == 0


def test_on_java_17_the_jdks_warning_about_the_exit_guard_is_explained_and_stays_out_of_the_notebook(new_kernel):
    kernel = new_kernel()
    result = kernel.ok('System.out.println("hello")')
    assert [m["content"]["text"] for m in result.of_type("stream")] == ["hello\n"]
    log = kernel.kernel_log()
    version = kernel.value("Runtime.version().feature()")
    if int(version) <= 23:
        assert "WARNING: System::setSecurityManager has been called by dev.paramcount.kernel.execution.ExitGuard" in log
        assert "paramcount-kernel: the JDK's WARNING lines above are about the kernel's guard" in log
