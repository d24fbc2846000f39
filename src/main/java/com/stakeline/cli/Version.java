package com.stakeline.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * What {@code --version} prints for every command: the version the jar's manifest carries, which the build takes from
 * pom.xml, so the command line, the jar and the installers agree.
 */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"Stakeline " + (version == null ? "(a development build, not from the jar)" : version)};
    }
}
