package main

import (
	"github.com/dapr/components-contrib/bindings/smtp"
	"github.com/dapr/components-contrib/nameresolution/sqlite"
	bindings "github.com/dapr/dapr/pkg/components/bindings"
	nameresolution "github.com/dapr/dapr/pkg/components/nameresolution"
)

// daprd is built with the release's "stablecomponents" tag (its app package refuses to start
// without one of the catalogue tags). The components the project uses beyond that set are
// registered here:
//   - bindings.smtp: payment receipts;
//   - nameresolution.sqlite: keeps app id -> address in a local file, so invocation works on
//     loopback where mDNS multicast may not.
func init() {
	bindings.DefaultRegistry.RegisterOutputBinding(smtp.NewSMTP, "smtp")
	nameresolution.DefaultRegistry.RegisterComponent(sqlite.NewResolver, "sqlite")
}
