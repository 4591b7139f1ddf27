package org.binder4j.cli.service;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.binder4j.ExceptionCodes;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.RemoteException;
import org.binder4j.ServiceSpecificException;
import org.binder4j.StatusCode;
import org.binder4j.aidl.model.ArrayKind;
import org.binder4j.aidl.model.Argument;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.model.Direction;
import org.binder4j.aidl.model.Method;
import org.binder4j.aidl.model.TypeRef;
import org.binder4j.cli.support.CommandFailure;
import org.binder4j.cli.support.Json;
import org.binder4j.cli.support.UsageException;

/**
 * One {@code service call NAME METHOD ARGS...}: the arguments written as the generated proxy writes them (the
 * interface token, then each {@code in} and {@code inout} argument in order, and for a pure {@code out} array its
 * length), the transaction sent with the method's code (one-way for a oneway method), and the reply decoded: the
 * exception header, the return value, then each {@code out} and {@code inout} argument.
 */
final class AidlCall {
    private final AidlSource.AidlInterface target;
    private final Method method;

    private AidlCall(AidlSource.AidlInterface target, Method method) {
        this.target = target;
        this.method = method;
    }

    /**
     * The call of {@code methodName}, its types checked.
     *
     * @throws UsageException listing the interface's methods when it has none of that name
     * @throws CommandFailure when a type of the method is one the command cannot move
     */
    static AidlCall of(AidlSource.AidlInterface target, String methodName) {
        Method method = target.declaration().methods().stream().filter(m -> m.name().equals(methodName)).findFirst()
                .orElseThrow(() -> new UsageException(target.declaration().descriptor() + " has no method '"
                        + methodName + "'; its methods are:\n" + target.declaration().methods().stream()
                                .map(m -> "  " + signature(target, m)).collect(Collectors.joining("\n"))));
        if (!method.returnType().is(BuiltinType.VOID)) {
            AidlShape.check(method.returnType(), "the return value of " + method.name(), target.model());
        }
        for (Argument argument : method.arguments()) {
            AidlShape.check(argument.type(), "argument " + argument.name(), target.model());
        }
        return new AidlCall(target, method);
    }

    /**
     * Encodes {@code words}, calls {@code service} and prints the outcome.
     *
     * @return the exit status: 0, or 1 when the call failed or the service threw
     * @throws UsageException when a word does not fit its argument (before anything is sent)
     */
    int run(IBinder service, List<String> words, boolean json, PrintStream out) throws RemoteException {
        List<Argument> taking = method.arguments().stream().filter(AidlCall::takesWord).toList();
        if (words.size() != taking.size()) {
            throw new UsageException(method.name() + " takes " + taking.size() + " argument"
                    + (taking.size() == 1 ? "" : "s") + (taking.isEmpty() ? "" : " ("
                    + taking.stream().map(this::parameter).collect(Collectors.joining(", ")) + ")") + ", got "
                    + words.size() + "; its signature: " + signature(target, method));
        }
        Parcel data = Parcel.obtain();
        Parcel reply = Parcel.obtain();
        try {
            data.writeInterfaceToken(target.declaration().descriptor());
            AidlArgumentWriter writer = new AidlArgumentWriter(target.model(), data);
            for (int i = 0; i < taking.size(); i++) {
                Argument argument = taking.get(i);
                String where = "argument " + argument.name();
                Literal literal = Literal.parse(words.get(i), where);
                if (argument.direction() == Direction.OUT) {
                    writer.writeOutLength(argument.type(), literal, where);
                } else {
                    writer.write(argument.type(), literal, where);
                }
            }
            int status = ServiceCommand.transact(service, method.transactionCode(), data, reply,
                    method.oneway() ? IBinder.FLAG_ONEWAY : 0);
            if (status != StatusCode.OK) {
                print(json, out, Json.object("method", method.name(), "status", StatusCode.name(status)),
                        "Result: " + ParcelDump.error(status));
                return CommandFailure.EXIT_STATUS;
            }
            return method.oneway() ? printOneway(json, out) : printReply(reply, json, out);
        } finally {
            reply.recycle();
            data.recycle();
        }
    }

    private int printOneway(boolean json, PrintStream out) {
        print(json, out, Json.object("method", method.name(), "oneway", true), "Result: none (oneway call sent)");
        return 0;
    }

    private int printReply(Parcel reply, boolean json, PrintStream out) {
        reply.setDataPosition(0);
        int code = reply.readExceptionCode();
        if (code != ExceptionCodes.EX_NONE) {
            reply.setDataPosition(0);
            RuntimeException e = thrown(reply);
            String status = status(code, e);
            print(json, out, Json.object("method", method.name(), "exception", Json.object("code", code, "name",
                    exceptionName(code), "message", e.getMessage())), "Result: " + status);
            return CommandFailure.EXIT_STATUS;
        }
        AidlReplyReader reader = new AidlReplyReader(target.model(), reply);
        boolean isVoid = method.returnType().is(BuiltinType.VOID);
        Object result = isVoid ? null : reader.read(method.returnType());
        Map<String, Object> outs = new LinkedHashMap<>();
        for (Argument argument : method.arguments()) {
            if (argument.direction().isOut()) {
                outs.put(argument.name(), reader.read(argument.type()));
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("Result: " + (isVoid ? "void" : AidlValueText.of(result)));
        for (Argument argument : method.arguments()) {
            if (argument.direction().isOut()) {
                lines.add(argument.direction().keyword() + " " + argument.name() + ": "
                        + AidlValueText.of(outs.get(argument.name())));
            }
        }
        Map<String, Object> jsonOuts = new LinkedHashMap<>();
        outs.forEach((name, value) -> jsonOuts.put(name, AidlValueText.json(value)));
        print(json, out, Json.object("method", method.name(), "result", AidlValueText.json(result), "out", jsonOuts),
                String.join("\n", lines));
        return 0;
    }

    /** What the reply's exception header holds, as the proxy would throw it. */
    private static RuntimeException thrown(Parcel reply) {
        try {
            reply.readException();
        } catch (RuntimeException e) {
            return e;
        }
        throw new IllegalStateException("the reply's exception header went away on a second read");
    }

    private static void print(boolean json, PrintStream out, Map<String, Object> asJson, String text) {
        if (json) {
            out.print(Json.pretty(asJson));
        } else {
            out.println(text);
        }
    }

    /** libbinder's Status text: {@code Status(-8, EX_SERVICE_SPECIFIC): '42: message'}. */
    private static String status(int code, RuntimeException e) {
        String detail = e instanceof ServiceSpecificException specific ? specific.errorCode + ": " : "";
        return "Status(" + code + ", " + exceptionName(code) + "): '" + detail
                + (e.getMessage() == null ? "" : e.getMessage()) + "'";
    }

    private static String exceptionName(int code) {
        return switch (code) {
            case ExceptionCodes.EX_SECURITY -> "EX_SECURITY";
            case ExceptionCodes.EX_BAD_PARCELABLE -> "EX_BAD_PARCELABLE";
            case ExceptionCodes.EX_ILLEGAL_ARGUMENT -> "EX_ILLEGAL_ARGUMENT";
            case ExceptionCodes.EX_NULL_POINTER -> "EX_NULL_POINTER";
            case ExceptionCodes.EX_ILLEGAL_STATE -> "EX_ILLEGAL_STATE";
            case ExceptionCodes.EX_NETWORK_MAIN_THREAD -> "EX_NETWORK_MAIN_THREAD";
            case ExceptionCodes.EX_UNSUPPORTED_OPERATION -> "EX_UNSUPPORTED_OPERATION";
            case ExceptionCodes.EX_SERVICE_SPECIFIC -> "EX_SERVICE_SPECIFIC";
            case ExceptionCodes.EX_PARCELABLE -> "EX_PARCELABLE";
            case ExceptionCodes.EX_TRANSACTION_FAILED -> "EX_TRANSACTION_FAILED";
            default -> "UNKNOWN_EXCEPTION";
        };
    }

    /** In and inout arguments take a value; a pure out array takes its length; other out arguments nothing. */
    private static boolean takesWord(Argument argument) {
        return argument.direction() != Direction.OUT || argument.type().arrayKind() == ArrayKind.DYNAMIC;
    }

    private String parameter(Argument argument) {
        String type = shortName(target, argument.type());
        return argument.direction() == Direction.OUT ? "the length of out " + type + " " + argument.name()
                : type + " " + argument.name();
    }

    private static String signature(AidlSource.AidlInterface target, Method method) {
        return (method.oneway() ? "oneway " : "") + shortName(target, method.returnType()) + " " + method.name()
                + method.arguments().stream().map(a -> (a.directionWritten() ? a.direction().keyword() + " " : "")
                        + shortName(target, a.type()) + " " + a.name()).collect(Collectors.joining(", ", "(", ")"));
    }

    /** The type's signature without the interface's package. */
    private static String shortName(AidlSource.AidlInterface target, TypeRef type) {
        String packageName = target.declaration().packageName();
        return packageName.isEmpty() ? type.signature() : type.signature().replace(packageName + ".", "");
    }
}
