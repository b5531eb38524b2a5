package org.coalition.web.platform;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Method calls in page expressions ({@code #{v.may(CoalitionAction.MANAGE_TASKS)}}, {@code #{ms.progress()}}) with the method
 * looked up once per class, name and number of arguments. The standard bean resolver looks it up on every call,
 * copying every public method of the class (a CDI proxy has hundreds) each time: the profile of the dashboard
 * showed that as the largest single cost of rendering. Only unambiguous cases are handled here: exactly one
 * public, non-varargs method of that name and arity, reachable through a public type, called without declared
 * parameter types; everything else goes on to the standard resolvers unchanged. Arguments are coerced as the
 * standard resolver coerces them.
 */
public class MethodCallELResolver extends ELResolver {

    record Key(Class<?> type, String name, int arity) {}

    final Map<Key, Optional<Method>> methods = new ConcurrentHashMap<>();

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name) || paramTypes != null) {
            return null;
        }
        int arity = params == null ? 0 : params.length;
        Optional<Method> found =
                methods.computeIfAbsent(new Key(base.getClass(), name, arity), MethodCallELResolver::find);
        if (found.isEmpty()) {
            return null;
        }
        Method target = found.get();
        Class<?>[] types = target.getParameterTypes();
        Object[] args = new Object[arity];
        for (int i = 0; i < arity; i++) {
            args[i] = context.convertToType(params[i], types[i]);
        }
        Object result;
        try {
            result = target.invoke(base, args);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
        context.setPropertyResolved(base, method);
        return result;
    }

    /** The one public method of that name and arity, through a public declaring type; empty when unsure. */
    static Optional<Method> find(Key key) {
        List<Method> candidates = new ArrayList<>();
        for (Method m : key.type().getMethods()) {
            if (m.getName().equals(key.name())
                    && m.getParameterCount() == key.arity()
                    && !m.isBridge()
                    && !m.isSynthetic()) {
                candidates.add(m);
            }
        }
        if (candidates.size() != 1 || candidates.get(0).isVarArgs()) {
            return Optional.empty();
        }
        return accessible(key.type(), candidates.get(0));
    }

    /** The same method declared by a public class or interface, so that it can be invoked from here. */
    private static Optional<Method> accessible(Class<?> type, Method method) {
        if (type == null) {
            return Optional.empty();
        }
        if (Modifier.isPublic(type.getModifiers())) {
            try {
                Method m = type.getMethod(method.getName(), method.getParameterTypes());
                if (Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
                    return Optional.of(m);
                }
            } catch (NoSuchMethodException e) {
                // not declared along this branch
            }
        }
        for (Class<?> i : type.getInterfaces()) {
            Optional<Method> m = accessible(i, method);
            if (m.isPresent()) {
                return m;
            }
        }
        return accessible(type.getSuperclass(), method);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // properties are left to the standard resolvers
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
