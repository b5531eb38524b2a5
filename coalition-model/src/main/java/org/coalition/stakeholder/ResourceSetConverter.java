package org.coalition.stakeholder;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a stakeholder's resources in one column ("BUDGET,DATA"), so the register reads them with the
 * row instead of one extra query per stakeholder.
 */
@Converter
public class ResourceSetConverter implements AttributeConverter<Set<Resource>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Resource> resources) {
        return resources == null || resources.isEmpty()
                ? ""
                : resources.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Resource> convertToEntityAttribute(String column) {
        Set<Resource> resources = EnumSet.noneOf(Resource.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(","))
                    .map(String::trim)
                    .map(Resource::valueOf)
                    .forEach(resources::add);
        }
        return resources;
    }
}
