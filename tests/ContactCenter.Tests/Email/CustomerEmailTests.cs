namespace ContactCenter.Tests.Email;

/// <summary>A customer's address: validated on the profile, registered in the index after the save, released when it changes.</summary>
[Collection(EmailClusterCollection.Name)]
public sealed class CustomerEmailTests(EmailClusterFixture fixture)
{
    private readonly EmailWorld _world = new(fixture);

    private Task<string?> Holder(string address) => _world.Grains.GetGrain<ICustomerEmailIndexGrain>(EmailAddresses.Key(address)).Find();

    [Fact]
    public async Task Changing_the_address_moves_the_index_entry_and_another_customer_cannot_take_it()
    {
        var (customer, email) = await _world.Customer();
        Assert.Equal(customer, await Holder(email.ToUpperInvariant()));

        var other = CenterBuilder.Key("cust");
        var error = await Assert.ThrowsAsync<ContactCenterException>(() =>
            _world.Center.Customer(other).Upsert(new CustomerProfile(other, "Other", 10, _world.Now, Email: email)));
        Assert.Equal((ErrorKind.Conflict, "email"), (error.Kind, error.Field));
        await Assert.ThrowsAsync<ContactCenterException>(() => _world.Center.Customer(other).GetSnapshot());

        var moved = EmailWorld.Address("moved");
        await _world.Center.Customer(customer).Upsert(new CustomerProfile(customer, "Mail Customer", 1_000, _world.Now, Email: moved));
        Assert.Equal((customer, (string?)null), (await Holder(moved), await Holder(email)));
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("Jane <jane@example.com>")]
    [InlineData("jane@localhost")]
    public async Task A_bad_address_is_refused_naming_email_and_the_profile_is_not_stored(string email)
    {
        var id = CenterBuilder.Key("cust");
        var error = await Assert.ThrowsAsync<ContactCenterException>(() =>
            _world.Center.Customer(id).Upsert(new CustomerProfile(id, "Bad Mail", 10, _world.Now, Email: email)));
        Assert.Equal((ErrorKind.Invalid, "email"), (error.Kind, error.Field));
        await Assert.ThrowsAsync<ContactCenterException>(() => _world.Center.Customer(id).GetSnapshot());
    }

    [Fact]
    public void An_address_longer_than_254_characters_is_refused()
    {
        var profile = new CustomerProfile("c-1", "Long", 0, DateTimeOffset.UnixEpoch, Email: new string('a', 250) + "@x.example");
        Assert.Equal("email", Assert.Throws<ContactCenterException>(profile.Validate).Field);
    }
}
