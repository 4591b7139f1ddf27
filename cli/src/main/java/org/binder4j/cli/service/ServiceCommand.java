package org.binder4j.cli.service;

import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.binder4j.BinderRuntime;
import org.binder4j.IBinder;
import org.binder4j.IServiceManager;
import org.binder4j.Parcel;
import org.binder4j.RemoteException;
import org.binder4j.ServiceManager;
import org.binder4j.StatusCode;
import org.binder4j.cli.support.Command;
import org.binder4j.cli.support.CommandFailure;
import org.binder4j.cli.support.CommandLine;
import org.binder4j.cli.support.DaemonAccess;
import org.binder4j.cli.support.Json;
import org.binder4j.cli.support.UsageException;

/**
 * {@code binder4j service list|check|call}: Android's {@code service} tool. The outputs are Android's;
 * the exit statuses are binder4j's (1 for a failure such as a service that does not exist, 2 for bad
 * arguments), where Android's tool uses 10 and 20.
 */
public final class ServiceCommand implements Command {

    @Override
    public String name() {
        return "service";
    }

    @Override
    public String summary() {
        return """
                service list | check NAME | call NAME CODE [ARG...]
                list the services, check one, call one with a code and arguments (Android's `service`)""";
    }

    @Override
    public String help() {
        return """
                usage: binder4j service [--socket PATH] list [--json]
                       binder4j service [--socket PATH] check NAME [--json]
                       binder4j service [--socket PATH] call NAME CODE [ARG...]

                As Android's `service` tool:
                  list   prints "Found N services:", then "I<tab>NAME: [DESCRIPTOR]" for each service in
                         the service manager's (sorted) order; DESCRIPTOR is what the service answers to
                         INTERFACE_TRANSACTION, empty if it does not answer
                  check  prints "Service NAME: found" or "Service NAME: not found" (never waits)
                  call   sends transaction CODE (decimal or 0x hex) to NAME, synchronously: the service's
                         interface token, then the arguments in order; prints the reply as
                         "Result: Parcel(HEX-WORDS 'CHARS')" in libbinder's format, "Result: Parcel(NULL)"
                         for an empty reply, or "Result: Parcel(Error: 0xSTATUS "NAME")" when the call
                         failed (the service is gone, or does not know CODE: UNKNOWN_TRANSACTION)

                call arguments (as Android's):
                  i32 N     a 32-bit integer          i64 N     a 64-bit integer
                  f N       a 32-bit float            d N       a 64-bit double
                  s16 STR   a UTF-16 string           null      a null binder
                  fd PATH   a descriptor of PATH opened read-only
                  nfd N     a copy of this process's descriptor N
                  afd PATH  a descriptor of a memfd holding a copy of PATH (Android's ashmem copy)
                Calling a method by name needs the service's AIDL metadata, which binder4j does not have yet.

                options:
                  --json          list and check: the result as JSON
                """ + DaemonAccess.SOCKET_HELP + """

                exit status: 0 done (also for "not found"), 1 the service does not exist, the call failed
                or no daemon or service manager answers, 2 bad arguments

                examples:
                  binder4j service list
                  binder4j service check manager
                  binder4j service call manager 4 i32 15          # listServices(DUMP_FLAG_PRIORITY_ALL)
                  binder4j service call demo.echo 1 i32 7 s16 hi
                """;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws RemoteException {
        CommandLine outer = CommandLine.parse(args, CommandLine.spec().option(DaemonAccess.SOCKET).optionsBeforeOperands());
        List<String> operands = outer.operands();
        if (operands.isEmpty()) {
            throw new UsageException("missing a subcommand: list, check or call");
        }
        String[] rest = operands.subList(1, operands.size()).toArray(String[]::new);
        return switch (operands.getFirst()) {
            case "list" -> {
                CommandLine line = readOnly(rest);
                line.operands(0, 0, "list");
                yield withServiceManager(outer, line, manager -> list(manager, line.flag("--json"), out));
            }
            case "check" -> {
                CommandLine line = readOnly(rest);
                String name = line.operands(1, 1, "NAME").getFirst();
                yield withServiceManager(outer, line, manager -> check(manager, name, line.flag("--json"), out));
            }
            case "call" -> {
                CommandLine line = CommandLine.parse(rest,
                        CommandLine.spec().option(DaemonAccess.SOCKET).optionsBeforeOperands());
                List<String> words = line.operands(2, Integer.MAX_VALUE, "NAME and CODE");
                String name = words.get(0);
                int code = (int) ParcelArgument.integer("CODE", words.get(1), Integer.MIN_VALUE, 0xffff_ffffL);
                List<ParcelArgument> arguments = ParcelArgument.parse(words.subList(2, words.size()));
                yield withServiceManager(outer, line, manager -> call(manager, name, code, arguments, out));
            }
            default -> throw new UsageException("unknown subcommand '" + operands.getFirst()
                    + "'; the subcommands are list, check and call");
        };
    }

    private static CommandLine readOnly(String[] args) {
        return CommandLine.parse(args, CommandLine.spec().flag("--json").option(DaemonAccess.SOCKET));
    }

    private interface ManagerAction {
        int run(IServiceManager manager) throws RemoteException;
    }

    /** Runs {@code action} with the service manager of the daemon the options name. */
    private static int withServiceManager(CommandLine outer, CommandLine inner, ManagerAction action)
            throws RemoteException {
        Path socket = inner.value(DaemonAccess.SOCKET, null) != null ? DaemonAccess.socket(inner) : DaemonAccess.socket(outer);
        try (BinderRuntime runtime = DaemonAccess.runtime(socket, "binder4j-service")) {
            try {
                return action.run(ServiceManager.of(runtime));
            } catch (RemoteException | RuntimeException e) {
                if (StatusCode.of(e) == StatusCode.DEAD_OBJECT) {
                    throw new CommandFailure("no service manager: calls to handle 0 of the daemon at " + socket
                            + " fail with DEAD_OBJECT; start one with 'binder4j servicemanager', or run the daemon"
                            + " without --no-service-manager");
                }
                throw e;
            }
        }
    }

    private static int list(IServiceManager manager, boolean json, PrintStream out) throws RemoteException {
        String[] names = manager.listServices(IServiceManager.DUMP_FLAG_PRIORITY_ALL);
        List<Map<String, Object>> services = new ArrayList<>();
        for (String name : names) {
            services.add(Json.object("name", name, "descriptor", descriptorOf(manager.checkService(name))));
        }
        if (json) {
            out.print(Json.pretty(Json.object("services", services)));
            return 0;
        }
        out.println("Found " + names.length + " services:");
        for (int i = 0; i < services.size(); i++) {
            out.println(i + "\t" + services.get(i).get("name") + ": [" + services.get(i).get("descriptor") + "]");
        }
        return 0;
    }

    private static int check(IServiceManager manager, String name, boolean json, PrintStream out) throws RemoteException {
        boolean found = manager.checkService(name) != null;
        if (json) {
            out.print(Json.pretty(Json.object("name", name, "found", found)));
        } else {
            out.println("Service " + name + (found ? ": found" : ": not found"));
        }
        return 0;
    }

    private static int call(IServiceManager manager, String name, int code, List<ParcelArgument> arguments, PrintStream out)
            throws RemoteException {
        IBinder service = manager.checkService(name);
        String descriptor = descriptorOf(service);
        if (descriptor.isEmpty()) {
            throw new CommandFailure("Service " + name + " does not exist"
                    + (service == null ? "" : " (it has no interface descriptor to put in the call's token)"));
        }
        Parcel data = Parcel.obtain();
        Parcel reply = Parcel.obtain();
        try {
            data.writeInterfaceToken(descriptor);
            for (ParcelArgument argument : arguments) {
                argument.writeTo(data);
            }
            int status;
            try {
                status = service.transact(code, data, reply, 0) ? StatusCode.OK : StatusCode.UNKNOWN_TRANSACTION;
            } catch (RemoteException | RuntimeException e) {
                status = StatusCode.of(e);
                if (status == StatusCode.OK) {
                    throw e;
                }
            }
            out.println("Result: " + (status == StatusCode.OK ? ParcelDump.of(bytesOf(reply)) : ParcelDump.error(status)));
            return status == StatusCode.OK ? 0 : CommandFailure.EXIT_STATUS;
        } finally {
            reply.recycle();
            data.recycle();
        }
    }

    /** The interface descriptor {@code service} answers, or "" when it is null or does not answer. */
    private static String descriptorOf(IBinder service) {
        if (service == null) {
            return "";
        }
        try {
            String descriptor = service.getInterfaceDescriptor();
            return descriptor == null ? "" : descriptor;
        } catch (RemoteException | RuntimeException e) {
            return "";
        }
    }

    /** The reply's data, read as words (binder objects included: reads do not refuse their bytes). */
    private static byte[] bytesOf(Parcel reply) {
        // Parcels pad every item to 4 bytes, so the data is whole words.
        ByteBuffer bytes = ByteBuffer.allocate(reply.dataSize() & ~3).order(ByteOrder.LITTLE_ENDIAN);
        reply.setDataPosition(0);
        while (bytes.hasRemaining()) {
            bytes.putInt(reply.readInt());
        }
        return bytes.array();
    }
}
