package org.binder4j.aidl.diag;

/**
 * Every kind of error the front end reports, one constant per condition, grouped by the phase that finds it (AOSP's
 * pipeline order). The codes are stable: tools and tests key on them rather than on message text. Where AOSP 13
 * reports the same condition the message keeps AOSP's wording, quoted in each constant's description.
 */
public enum DiagnosticCode {
    // ---- files and options
    /** The file cannot be read. */
    FILE_UNREADABLE,
    /** Nesting beyond what the compiler handles: 256 levels in the source, or reference chains deeper than its stack. */
    NESTING_TOO_DEEP,

    // ---- parsing (reported together; the file is then rejected)
    /** {@code syntax error, unexpected X, expecting Y}. */
    SYNTAX_ERROR,
    /** {@code 'X' is not a recognized annotation. It must be one of: ...}. */
    UNKNOWN_ANNOTATION,
    /** {@code Trying to redefine parameter x.} */
    DUPLICATE_ANNOTATION_PARAMETER,
    /** {@code Type name can't be qualified. Use `package`.} */
    QUALIFIED_TYPE_NAME,
    /** {@code Annotations for arrays are not supported.} */
    ANNOTATED_ARRAY,
    /** {@code Annotations for type arguments are not supported.} */
    ANNOTATED_TYPE_ARGUMENT,
    /** {@code Multi-dimensional arrays must be fixed size.} */
    DYNAMIC_MULTI_DIMENSIONAL_ARRAY,
    /** {@code Can only specify one set of type parameters.} */
    REPEATED_TYPE_ARGUMENTS,
    /** {@code Could not parse integer: ...} or {@code Could not parse hexvalue: ...}. */
    INVALID_INTEGER_LITERAL,
    /** {@code Could not parse int value: ...} (an explicit transaction id). */
    INVALID_METHOD_ID,
    /** {@code Invalid character literal \t}: control characters, DEL, backslash and non-ASCII are refused. */
    INVALID_CHAR_LITERAL,
    /** {@code Found invalid character '\' at index N in string constant '...'}. */
    INVALID_STRING_LITERAL,

    // ---- documents and imports
    /** {@code You must declare only one type per file.} */
    MULTIPLE_TYPES_IN_FILE,
    /** {@code Couldn't find import for class X}. */
    IMPORT_NOT_FOUND,
    /** {@code Duplicate files found for X from: ...}: the name is found under more than one include directory. */
    AMBIGUOUS_IMPORT,
    /** {@code error while importing FILE for X}: the imported file has errors of its own (reported before). */
    IMPORT_FAILED,
    /** {@code redefinition: X is defined LOCATION}. */
    TYPE_REDEFINITION,
    /**
     * {@code p.default.Foo is an invalid name because 'default' is a Java or C++ identifier.} or
     * {@code ... is a built-in AIDL type.}
     */
    RESERVED_NAME_COMPONENT,

    // ---- resolution
    /** {@code Failed to resolve 'X'}. */
    UNRESOLVED_TYPE,
    /** {@code Can't find X in Foo}, then {@code Unknown reference 'X'}. */
    UNKNOWN_CONSTANT_REFERENCE,
    /** {@code Found a circular reference: B -> A -> B}. */
    CIRCULAR_CONSTANT_REFERENCE,
    /** {@code Foo is a recursive parcelable: Foo->Bar->Foo}: by-value containment loops. */
    RECURSIVE_PARCELABLE,
    /** {@code Invalid backing type: boolean. Backing type must be one of: byte, int, long}. */
    INVALID_BACKING_TYPE,

    // ---- annotations
    /** {@code Parameter x not supported for annotation Y. It must be one of: ...}. */
    UNKNOWN_ANNOTATION_PARAMETER,
    /** {@code Value must be a constant expression but contains reference to X.} */
    ANNOTATION_PARAMETER_REFERENCE,
    /** {@code Invalid value for parameter x on annotation Y.} (after the reason the value was refused). */
    INVALID_ANNOTATION_PARAMETER,
    /** {@code Missing 'x' on @Y.} */
    MISSING_ANNOTATION_PARAMETER,
    /** {@code 'X' is repeated, but not allowed. Previous location: ...}. */
    REPEATED_ANNOTATION,
    /** {@code Unable to parse @EnforcePermission annotation: No parameter for @EnforcePermission}. */
    INVALID_PERMISSION_ANNOTATION,
    /** {@code The interface IFoo is annotated as requiring no permission but the method f is also annotated. ...}. */
    CONFLICTING_PERMISSION_ANNOTATIONS,
    /** {@code @X is not available. It can annotate {...}.} */
    ANNOTATION_NOT_ALLOWED_HERE,

    // ---- types
    /** {@code A generic type cannot have any primitive type parameters.} (primitives and enums in List/Map). */
    PRIMITIVE_TYPE_ARGUMENT,
    /** {@code List can only have one type parameter, but got: '...'}. */
    LIST_ARGUMENT_COUNT,
    /** {@code List of arrays is not supported. ...} */
    LIST_OF_ARRAYS,
    /** {@code List<X> is not supported. ...} */
    UNSUPPORTED_LIST_ELEMENT,
    /** {@code Map must have 0 or 2 type parameters, but got '...'}. */
    MAP_ARGUMENT_COUNT,
    /** {@code The type of key in map must be String, but it is '...'}. */
    MAP_KEY_NOT_STRING,
    /** {@code X must have N type parameters, but got M}. */
    GENERIC_ARGUMENT_COUNT,
    /** {@code X is not a generic type.} */
    NOT_GENERIC,
    /** {@code @utf8InCpp can only be used on String, String[], and List<String>.} */
    MISPLACED_UTF8_IN_CPP,
    /** {@code void type cannot be an array or nullable or utf8 string}. */
    INVALID_VOID_TYPE,
    /** {@code Arrays of X are not supported.} (List, Map, CharSequence, ParcelableHolder). */
    UNSUPPORTED_ARRAY,
    /** {@code Primitive type cannot get nullable annotation}. */
    NULLABLE_PRIMITIVE,
    /** {@code Enum type cannot get nullable annotation}. */
    NULLABLE_ENUM,
    /** {@code ParcelableHolder cannot be nullable.} */
    NULLABLE_PARCELABLE_HOLDER,
    /** {@code @nullable(heap=true) is available to parcelables.} */
    MISPLACED_HEAP_NULLABLE,
    /** {@code Array size must be a positive number: N}. */
    INVALID_ARRAY_SIZE,
    /** {@code Encountered an untyped List or Map. ...}: in fields, and anywhere under --structured. */
    UNTYPED_COLLECTION,

    // ---- declarations
    /** {@code X should be declared in a file called p/X.aidl}. */
    MISNAMED_FILE,
    /** {@code Generic types can't have nested types.} (a generic union counts: its Tag enum is nested). */
    GENERIC_WITH_NESTED_TYPES,
    /** {@code Redefinition of 'Bar'.} (two nested types with one name). */
    DUPLICATE_NESTED_TYPE,
    /** {@code Nested type 'Foo' has the same name as its parent.} */
    NESTED_TYPE_NAMED_AFTER_PARENT,
    /** {@code 'Bar' is nested. Unstructured parcelables should be at the root scope.} */
    NESTED_UNSTRUCTURED_PARCELABLE,
    /** {@code Foo has nested types with cyclic references. ...} */
    CYCLIC_NESTED_TYPES,
    /** {@code 'Foo' has duplicate field name 'a'}. */
    DUPLICATE_FIELD,
    /** {@code 'Foo' has duplicate field name 'A' after capitalizing the first letter} (unions, immutables). */
    DUPLICATE_GETTER,
    /** {@code Declaration v is void, but declarations cannot be of void type.} */
    VOID_FIELD,
    /** {@code Found duplicate constant name 'A'}. */
    DUPLICATE_CONSTANT,
    /** {@code Constant of type boolean is not supported.} */
    UNSUPPORTED_CONSTANT_TYPE,
    /** {@code Every type parameter should be unique.} */
    DUPLICATE_TYPE_PARAMETER,
    /** {@code The @FixedSize parcelable 'Foo' has a non-fixed size field named s.} */
    NON_FIXED_SIZE_FIELD,
    /** {@code The @JavaOnlyImmutable 'Foo' has a non-immutable field named 'b'.} and its explanations. */
    NON_IMMUTABLE_FIELD,
    /** {@code The union 'U' has no fields.} */
    EMPTY_UNION,
    /** {@code A union can't have a member of ParcelableHolder 'p'}. */
    PARCELABLE_HOLDER_IN_UNION,
    /** {@code The union's first member should have a useful default value. ...} */
    UNION_FIRST_MEMBER_WITHOUT_DEFAULT,
    /** {@code Enumerator type differs from enum backing type.} */
    ENUMERATOR_OUT_OF_RANGE,
    /** Two enumerators with one name (AOSP 13 accepts this and generates Java that does not compile). */
    DUPLICATE_ENUMERATOR,
    /**
     * A field, method, constant or enumerator named with a Java keyword (AOSP 13 accepts this and generates Java that
     * does not compile); for arguments AOSP's own {@code Argument name is a Java or aidl keyword}.
     */
    JAVA_KEYWORD_NAME,
    /** A nested type inside an interface named Stub, Default, Proxy or Delegator, which the Java backend generates. */
    RESERVED_NESTED_TYPE_NAME,
    /** {@code Argument name cannot begin with '_aidl'}, and the Proxy's locals {@code _data _reply _result _status}. */
    RESERVED_ARGUMENT_NAME,

    // ---- methods and arguments
    /** {@code oneway method 'f' cannot return a value}. */
    ONEWAY_RETURN_VALUE,
    /** {@code oneway method 'f' cannot have out parameters} (out or inout). */
    ONEWAY_OUT_PARAMETER,
    /** {@code attempt to redefine method put:} then {@code previously defined here.} */
    DUPLICATE_METHOD,
    /** {@code  method getInterfaceVersion() is reserved for internal use.} */
    RESERVED_METHOD,
    /** {@code method 'f' has duplicate argument name 'a'}. */
    DUPLICATE_ARGUMENT,
    /** {@code 'void' is an invalid type for the parameter 'a'}. */
    VOID_ARGUMENT,
    /** {@code ParcelableHolder cannot be a return type}. */
    PARCELABLE_HOLDER_RETURN,
    /** {@code ParcelableHolder cannot be an argument type}. */
    INVALID_ARGUMENT_TYPE,
    /** {@code The direction of 'p' is not specified. ...} */
    MISSING_DIRECTION,
    /** {@code 'v' can't be an out parameter because int can only be an in parameter.} */
    INVALID_DIRECTION,
    /** {@code You must either assign id's to all methods or to none of them.} */
    MIXED_METHOD_IDS,
    /** {@code Found duplicate method id (5) for method second}. */
    DUPLICATE_METHOD_ID,
    /** {@code Found out of bounds id (N) for method m. Value for id must be between 0 and 16777114 inclusive.} */
    METHOD_ID_OUT_OF_RANGE,

    // ---- constant expressions and values
    /** {@code Constant expression computation overflows.} (also division by zero and bad shifts). */
    CONSTANT_OVERFLOW,
    /** {@code Only '+' is supported for strings, not '-'.} */
    INVALID_STRING_OPERATOR,
    /** {@code Cannot perform operation '+' on a literal string and an int8 literal.} */
    INCOMPATIBLE_OPERANDS,
    /** {@code '~' is not compatible with a literal float: ~1.0f}. */
    INCOMPATIBLE_UNARY_OPERAND,
    /** {@code Bitwise negation of a boolean expression is always true.} */
    BOOLEAN_BITWISE_NEGATION,
    /** {@code Invalid array element: X} (an element could not be evaluated). */
    INVALID_ARRAY_ELEMENT,
    /** {@code Incompatible array element type: ... Expecting type compatible with ...}. */
    INCOMPATIBLE_ARRAY_ELEMENTS,
    /** {@code Invalid type specifier for an int32 literal: byte (256)}: the value does not fit the target type. */
    INVALID_CONSTANT_TYPE,
    /** {@code Could not parse 1.5}: a float literal without {@code f} for a float, or out of range. */
    INVALID_FLOAT_LITERAL,
    /** {@code Invalid value (1) for enum p.E}: an enum value must be one enumerator of that enum. */
    INVALID_ENUM_VALUE,
    /** {@code Invalid type (p.Foo) for a const value (1)}: parcelables and interfaces take no default. */
    INVALID_CONSTANT_TARGET,
    /** {@code Generic type cannot be specified with a constant literal.} */
    GENERIC_CONSTANT_TARGET,
    /** {@code Expected an array of 3 elements, but found one with 2 elements}. */
    ARRAY_SIZE_MISMATCH,
    /** {@code Can't resolve the reference (int.MAX)}: the qualifier names a built-in type. */
    UNRESOLVABLE_CONSTANT_REFERENCE,

    // ---- options-dependent checks
    /** {@code Must compile @VintfStability type w/ aidl_interface 'stability: "vintf"'} or {@code ... --structured}. */
    VINTF_FLAGS_MISSING,
    /** {@code X does not have VINTF level stability, but this interface requires it.} */
    NOT_VINTF_STABLE,
    /**
     * {@code Cannot declare unstructured parcelable in a --structured interface. ...} or
     * {@code X is not structured, but this is a structured interface.}
     */
    UNSTRUCTURED_IN_STRUCTURED,
    /** {@code Array of interfaces is available since SDK = 33 in Java. Current min_sdk_version is 1.} and the like. */
    MIN_SDK_TOO_LOW,
}
