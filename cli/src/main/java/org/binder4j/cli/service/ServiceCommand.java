package org.binder4j.cli.service;

import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private static final String AIDL = "--aidl";
    private static final String INCLUDE = "-I";

    @Override
    public String name() {
        return "service";
    }

    @Override
    public String summary() {
        return """
                service list | check NAME | call NAME CODE|METHOD [ARG...]
                list the services, check one, call one by code (Android's `service`) or by AIDL method name""";
    }

    @Override
    public String help() {
        return """
                usage: binder4j service [--socket PATH] list [--json]
                       binder4j service [--socket PATH] check NAME [--json]
                       binder4j service [--socket PATH] call NAME CODE [ARG...]
                       binder4j service [--socket PATH] call [--aidl FILE] [-I DIR]... [--json] NAME METHOD [VALUE...]

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

                call by method name: with the service's AIDL, METHOD (a name, where CODE is a number) is called
                as the generated proxy calls it: the token, then one VALUE per in or inout parameter in order
                (for a pure out T[] parameter, its length; other out parameters take none), sent with the
                method's code, one-way for a oneway method. The reply is decoded: "Result: VALUE" (or void),
                then "out NAME: VALUE" for each out and inout parameter; a oneway call prints
                "Result: none (oneway call sent)"; an exception the service threw prints libbinder's
                "Result: Status(-8, EX_SERVICE_SPECIFIC): '42: MESSAGE'" and exits 1.
                The AIDL is the file --aidl names, else DESCRIPTOR's file (com.example.IFoo:
                com/example/IFoo.aidl) under the -I directories, then those of $BINDER4J_AIDL_PATH
                (colon-separated); imports are looked up in the same directories. The compiler checks it and
                prints its errors as `binder4j aidl` does.
                VALUEs: int, long, byte (decimal or 0x hex), float, double, boolean (true/false), char (one
                character), String (the word as it is; "quoted" for "null" or inside [] and {}), an enum by
                enumerator name or number, an array or List<> as [a,b,c], a parcelable as {field=value,...}
                (fields left out keep their defaults; JSON such as {"x": 1} works too), null for a @nullable
                parameter. Values are printed back in the same syntax. Binders, interfaces, file descriptors,
                maps, unions and fixed-size arrays cannot be given or printed: call such methods by code.

                options:
                  --json          list, check and call by method name: the result as JSON
                  --aidl FILE     call by method name: the .aidl declaring the service's interface
                  -I DIR          call by method name: where AIDL files and their imports are (repeatable)
                """ + DaemonAccess.SOCKET_HELP + """

                exit status: 0 done (also for "not found"), 1 the service does not exist, the call failed
                or no daemon or service manager answers, 2 bad arguments

                examples:
                  binder4j service list
                  binder4j service check manager
                  binder4j service call manager 4 i32 15          # listServices(DUMP_FLAG_PRIORITY_ALL)
                  binder4j service call demo.echo 1 i32 7 s16 hi
                  binder4j service call --aidl ICalc.aidl calc apply ADD 2 3
                  binder4j service call -I aidl calc move '{x=1,y=2}' 3 4
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
                CommandLine line = CommandLine.parse(rest, CommandLine.spec().option(DaemonAccess.SOCKET)
                        .option(AIDL, INCLUDE).flag("--json").optionsBeforeOperands());
                List<String> words = line.operands(2, Integer.MAX_VALUE, "NAME and CODE (or METHOD)");
                String name = words.get(0);
                if (isMethodName(words.get(1))) {
                    AidlSource source = new AidlSource(Optional.ofNullable(line.value(AIDL, null)).map(Path::of),
                            line.values(INCLUDE).stream().map(Path::of).toList(), System.getenv(AidlSource.PATH_ENV));
                    List<String> methodArguments = words.subList(2, words.size());
                    yield withServiceManager(outer, line, manager -> callMethod(manager, name, words.get(1),
                            methodArguments, source, line.flag("--json"), out, err));
                }
                if (line.flag("--json") || line.value(AIDL, null) != null || !line.values(INCLUDE).isEmpty()) {
                    throw new UsageException("--json, --aidl and -I are for calls by method name, not by code");
                }
                int code = (int) ParcelArgument.integer("CODE", words.get(1), Integer.MIN_VALUE, 0xffff_ffffL);
                List<ParcelArgument> arguments = ParcelArgument.parse(words.subList(2, words.size()));
                yield withServiceManager(outer, line, manager -> call(manager, name, code, arguments, out));
            }
            default -> throw new UsageException("unknown subcommand '" + operands.getFirst()
                    + "'; the subcommands are list, check and call");
        };
    }

    /** A METHOD starts as an identifier does; a CODE is a number. */
    private static boolean isMethodName(String word) {
        return Character.isLetter(word.charAt(0)) || word.charAt(0) == '_';
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
        IBinder service = existing(manager, name);
        String descriptor = descriptorOf(service);
        Parcel data = Parcel.obtain();
        Parcel reply = Parcel.obtain();
        try {
            data.writeInterfaceToken(descriptor);
            for (ParcelArgument argument : arguments) {
                argument.writeTo(data);
            }
            int status = transact(service, code, data, reply, 0);
            out.println("Result: " + (status == StatusCode.OK ? ParcelDump.of(bytesOf(reply)) : ParcelDump.error(status)));
            return status == StatusCode.OK ? 0 : CommandFailure.EXIT_STATUS;
        } finally {
            reply.recycle();
            data.recycle();
        }
    }

    /**
     * Sends one transaction; returns its status: OK, or why it failed (UNKNOWN_TRANSACTION when the service does
     * not know the code, DEAD_OBJECT when it is gone...).
     */
    static int transact(IBinder service, int code, Parcel data, Parcel reply, int flags) throws RemoteException {
        try {
            return service.transact(code, data, reply, flags) ? StatusCode.OK : StatusCode.UNKNOWN_TRANSACTION;
        } catch (RemoteException | RuntimeException e) {
            int status = StatusCode.of(e);
            if (status == StatusCode.OK) {
                throw e;
            }
            return status;
        }
    }

    private static int callMethod(IServiceManager manager, String name, String methodName, List<String> words,
            AidlSource source, boolean json, PrintStream out, PrintStream err) throws RemoteException {
        if (!source.isGiven()) {
            throw new UsageException("calling " + name + " by method name (" + methodName + ") needs its AIDL: give"
                    + " --aidl FILE, or -I DIR or " + AidlSource.PATH_ENV + " with the directory its descriptor's file"
                    + " is under");
        }
        IBinder service = existing(manager, name);
        AidlCall call = AidlCall.of(source.load(name, descriptorOf(service), err), methodName);
        return call.run(service, words, json, out);
    }

    /** The service {@code name}, which must exist and answer its descriptor. */
    private static IBinder existing(IServiceManager manager, String name) throws RemoteException {
        IBinder service = manager.checkService(name);
        if (descriptorOf(service).isEmpty()) {
            throw new CommandFailure("Service " + name + " does not exist"
                    + (service == null ? "" : " (it has no interface descriptor to put in the call's token)"));
        }
        return service;
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
